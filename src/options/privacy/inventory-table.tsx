/** The live inventory: one row per declared data item, with its own delete button. */
import type { Policy } from '../../../policy/schema';
import { onlyPlanned } from '../../../policy/shipped';
import { dataItemText } from '../../consent/policy-words';
import { formatBytes } from '../../shared/format-bytes';
import { formatDay } from '../../shared/format-date';
import { formatCount } from '../../shared/format-number';
import { t } from '../../shared/i18n';
import type { InventoryRow } from './inventory';

export function InventoryTable({
  policy,
  rows,
  erase,
}: {
  policy: Policy;
  rows: InventoryRow[] | null;
  erase: (items: string[]) => void;
}) {
  if (rows === null) return <p class="muted">{t('loading')}</p>;
  return (
    <div class="table-scroll">
      <table class="inventory">
        <thead>
          <tr>
            <th scope="col">{t('privacyInventoryData')}</th>
            <th scope="col">{t('privacyInventoryStored')}</th>
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {policy.dataItems.map((item) => {
            const row = rows.find((r) => r.itemId === item.id);
            // Data of features not in this version yet cannot exist; the policy lists it.
            if (!row || onlyPlanned(policy, item.features)) return null;
            const text = dataItemText(item, t);
            return (
              <tr
                data-testid={`privacy-inventory-${item.id}`}
                data-records={row.records}
                data-bytes={row.bytes}
              >
                <td>
                  <strong>{text.name}</strong>
                  <br />
                  <span class="muted">{text.where}</span>
                </td>
                <td>
                  {!row.stored
                    ? t('privacyNeverSaved')
                    : row.records === 0
                      ? t('privacyNothingStored')
                      : [
                          row.records === 1
                            ? t('privacyOneRecord')
                            : t('privacyRecords', formatCount(row.records)),
                          formatBytes(row.bytes),
                          ...(row.oldest === null
                            ? []
                            : [t('privacySince', formatDay(row.oldest))]),
                        ].join(' · ')}
                </td>
                <td>
                  {row.stored && row.records > 0 && (
                    <button
                      type="button"
                      class="danger"
                      data-testid={`privacy-delete-${item.id}`}
                      onClick={() => erase([item.id])}
                    >
                      {t('privacyDelete')}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
