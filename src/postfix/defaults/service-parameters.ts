/**
 * Parameters that postconf derives from master.cf service names (postconf_service.c):
 * a service whose command (field 8) is a delivery agent gets "<service><suffix>"
 * parameters whose default is "$<global parameter>". Names that already are built-in
 * (local_destination_concurrency_limit, ...) keep their built-in default.
 */

/** Suffixes every delivery agent gets (local, error, virtual, smtp, lmtp, pipe), per 3.7.11. */
const DELIVERY_SUFFIXES: ReadonlyArray<readonly [string, string]> = [
  ['_delivery_slot_cost', 'default_delivery_slot_cost'],
  ['_delivery_slot_discount', 'default_delivery_slot_discount'],
  ['_delivery_slot_loan', 'default_delivery_slot_loan'],
  ['_destination_concurrency_failed_cohort_limit', 'default_destination_concurrency_failed_cohort_limit'],
  ['_destination_concurrency_limit', 'default_destination_concurrency_limit'],
  ['_destination_concurrency_negative_feedback', 'default_destination_concurrency_negative_feedback'],
  ['_destination_concurrency_positive_feedback', 'default_destination_concurrency_positive_feedback'],
  ['_destination_rate_delay', 'default_destination_rate_delay'],
  ['_destination_recipient_limit', 'default_destination_recipient_limit'],
  ['_extra_recipient_limit', 'default_extra_recipient_limit'],
  ['_initial_destination_concurrency', 'initial_destination_concurrency'],
  ['_minimum_delivery_slots', 'default_minimum_delivery_slots'],
  ['_recipient_limit', 'default_recipient_limit'],
  ['_recipient_refill_delay', 'default_recipient_refill_delay'],
  ['_recipient_refill_limit', 'default_recipient_refill_limit'],
  ['_transport_rate_delay', 'default_transport_rate_delay'],
];
const TIME_LIMIT: readonly [string, string] = ['_time_limit', 'command_time_limit'];

const SUFFIXES_BY_COMMAND: ReadonlyMap<string, ReadonlyArray<readonly [string, string]>> = new Map([
  ['local', DELIVERY_SUFFIXES],
  ['error', DELIVERY_SUFFIXES],
  ['virtual', DELIVERY_SUFFIXES],
  ['smtp', DELIVERY_SUFFIXES],
  ['lmtp', DELIVERY_SUFFIXES],
  ['pipe', [TIME_LIMIT, ...DELIVERY_SUFFIXES]],
  ['spawn', [TIME_LIMIT]],
]);

/**
 * The service-defined parameters one master.cf entry adds to `postconf -d` output.
 * `command` is field 8 exactly as written: postconf compares it verbatim, so
 * "/usr/lib/postfix/sbin/smtp" adds nothing. `builtin` are the version's built-in
 * defaults; names found there are not redefined.
 */
export function serviceParameterDefaults(
  serviceName: string,
  command: string,
  builtin: ReadonlyMap<string, string>,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const [suffix, global] of SUFFIXES_BY_COMMAND.get(command) ?? []) {
    const name = serviceName + suffix;
    if (!builtin.has(name)) out.set(name, `$${global}`);
  }
  return out;
}
