/**
 * The one line a person reads when the platform is ready: where each service is, its docs, the token issuer and the
 * command that prints a token of a demo user.
 */
export function readyLine(services: Array<{ name: string; url: string }>, issuerUrl: string | undefined): string {
  const where = services.map((s) => `${s.name} ${s.url} (docs ${s.url}/docs)`).join(', ');
  const token = issuerUrl
    ? `token issuer ${issuerUrl} (users: ${issuerUrl}/users); a token: curl -s -X POST ${issuerUrl}/token -H 'content-type: application/json' -d '{"username":"kabid-35"}'` +
      ` | node -pe 'JSON.parse(require("fs").readFileSync(0)).access_token'`
    : 'tokens come from your identity provider (JWT_JWKS_URL)';
  return `Jejak is ready: ${where}; ${token}; Ctrl-C stops everything.`;
}
