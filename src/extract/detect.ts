/**
 * What the page content says about its format, independent of the domain. Used to name the
 * generation when only page-level fallbacks could be read, and to tell "no data" from "data in a
 * shape we do not know".
 */
import type { Generation, PageClues } from './model';
import type { Sources } from './page-sources';
import { isComponentData, isModuleData } from './data-shapes';
import { obj } from './values';

export function formatHint(s: Sources): Generation | undefined {
  if (obj(s.detailData)) return 'alibaba';
  if (s.aerData !== undefined || s.aerProductData !== undefined) return 'aer';
  if (s.mtop !== undefined || s.isCsr) return 'csr';
  if (isComponentData(s.runParamsData)) return 'component';
  if (isModuleData(s.runParamsData)) return 'module';
  if (obj(s.initData)) return 'init-data';
  if (s.runParamsFlat) return 'legacy';
  return undefined;
}

/** The page holds a product data object, whether or not a reader understood it. */
export function hasDataObject(s: Sources): boolean {
  const rp = s.runParamsData;
  return (
    (rp !== undefined && Object.keys(rp).length > 0) ||
    obj(s.initData) !== undefined ||
    obj(s.mtop) !== undefined ||
    obj(s.detailData) !== undefined ||
    obj(s.aerProductData) !== undefined
  );
}

/** Codes and counts of what a page holds, for the report of a page that could not be read. */
export function pageClues(s: Sources): PageClues {
  const objects = [
    s.runParamsData !== undefined && Object.keys(s.runParamsData).length > 0,
    s.runParamsFlat !== undefined,
    obj(s.initData) !== undefined,
    obj(s.mtop) !== undefined,
    obj(s.detailData) !== undefined,
    obj(s.aerProductData) !== undefined,
  ];
  return {
    generation: formatHint(s) ?? null,
    dataObjects: objects.filter(Boolean).length,
    jsonLd: s.jsonLd.length,
    metaTags: s.meta.size,
  };
}
