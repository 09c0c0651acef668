/**
 * What a person types to delete a customer for good: their name, or for a customer saved with
 * only a phone, that phone, or for one with neither, the start of their id. Never an empty
 * string, which would let a stray Enter erase someone.
 */
export function deleteConfirmation(customer: { id: string; name: string; phones: readonly { number: string }[] }): string {
  const name = customer.name.trim();
  if (name !== '') return name;
  const phone = customer.phones[0]?.number.trim() ?? '';
  return phone !== '' ? phone : customer.id.slice(0, 8);
}
