const SECRETS = /(access_token=|client_secret=|Bearer\s+)[^&\s"']+/gi;

/** Removes bearer tokens and client secrets from text that may reach a log or an error message. */
export function redact(text: string): string {
  return text.replace(SECRETS, '$1[redacted]');
}
