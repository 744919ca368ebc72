/**
 * The environment git runs with: enough to find git and its config, nothing that redirects it
 * (a GIT_DIR left by a hook would point it at another repository), and never a credential
 * prompt. Paths are passed with :(literal) magic where they come from manifests.
 */
export function gitEnv(): Record<string, string> {
  const env: Record<string, string> = { GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" };
  for (const key of ["PATH", "HOME", "TMPDIR", "SYSTEMROOT", "XDG_CONFIG_HOME"]) {
    const value = process.env[key];
    if (value !== undefined) env[key] = value;
  }
  return env;
}
