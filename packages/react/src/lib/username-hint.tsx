// The account's identifier, given to password managers through a hidden `username` field.
export function UsernameHint(props: { username: string | undefined }) {
  return props.username === undefined ? null : (
    <input
      type="text"
      name="username"
      autoComplete="username"
      value={props.username}
      readOnly
      hidden
    />
  )
}
