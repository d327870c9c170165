// The error text a field is described by (what a screen reader reads with it), or undefined.
export function fieldError(input: HTMLElement): string | undefined {
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? []
  const errors = ids
    .map((id) => document.getElementById(id))
    .filter((element) => element?.classList.contains('sesame-field__error'))
  return errors[0]?.textContent ?? undefined
}
