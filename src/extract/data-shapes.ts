/**
 * The shapes of `runParams.data` that tell its page generation. Detection (detect.ts) needs them
 * whichever readers a page script carries, so they live apart from the readers that use them.
 */
import { obj, type Obj } from './values';

const MODULES = [
  'titleModule',
  'imageModule',
  'priceModule',
  'skuModule',
  'pageModule',
  'actionModule',
];
const COMPONENTS = [
  'productInfoComponent',
  'priceComponent',
  'imageComponent',
  'skuComponent',
  'currencyComponent',
];

/** At least two of the characteristic parts are objects: one alone may be a coincidence. */
const hasTwoOf = (data: Obj | undefined, keys: string[]): data is Obj =>
  !!data && keys.filter((k) => obj(data[k])).length >= 2;

/** True when runParams data is a Module page (at least two of its characteristic modules). */
export const isModuleData = (data: Obj | undefined): data is Obj => hasTwoOf(data, MODULES);

/** True when runParams data is a Component page (at least two of its characteristic components). */
export const isComponentData = (data: Obj | undefined): data is Obj => hasTwoOf(data, COMPONENTS);
