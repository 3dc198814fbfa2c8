/** The one line a person reads when the platform is ready: where each service is, its docs, how to get a token. */
export function readyLine(services: Array<{ name: string; url: string }>, issuerUrl: string | undefined): string {
  const where = services.map((s) => `${s.name} ${s.url} (docs ${s.url}/docs)`).join(', ');
  const token = issuerUrl
    ? `token: curl -s -X POST ${issuerUrl}/token -H 'content-type: application/json' -d '{"username":"kabid-35"}' (users: ${issuerUrl}/users)`
    : 'tokens come from your identity provider (JWT_JWKS_URL)';
  return `Jejak is ready: ${where}; ${token}; Ctrl-C stops everything.`;
}
