import type { MarginAlert } from 'rxhub/operators';

/** `login 1002 MarginCall (was Ok): level 98.50 %, equity 2462.50, margin 2500.00, free -37.50`. */
export function formatAlert(alert: MarginAlert): string {
  const { update } = alert;
  return (
    `login ${alert.login} ${alert.state} (was ${alert.previous}): level ${update.level.toFixed(2)} %, ` +
    `equity ${update.equity.toFixed(2)}, margin ${update.margin.toFixed(2)}, free ${update.free.toFixed(2)}`
  );
}
