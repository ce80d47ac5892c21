// The reference page's stylesheet, served from /api/docs/docs.css (the policy allows no inline styles).

export const DOCS_CSS = `
:root { color-scheme: light dark; --fg: #1d2327; --muted: #5b6770; --line: #d8dee3; --bg: #ffffff; --code: #f3f5f7; }
@media (prefers-color-scheme: dark) { :root { --fg: #e8ecef; --muted: #a3afb8; --line: #38424a; --bg: #14191c; --code: #1f272c; } }
* { box-sizing: border-box; }
body { margin: 0; display: flex; font: 15px/1.5 system-ui, sans-serif; color: var(--fg); background: var(--bg); }
nav { position: sticky; top: 0; align-self: flex-start; height: 100vh; overflow: auto; width: 20rem; padding: 1rem; border-right: 1px solid var(--line); font-size: 13px; }
nav ul { list-style: none; padding-left: 0.75rem; margin: 0.25rem 0; }
nav a { color: inherit; text-decoration: none; }
nav a:hover { text-decoration: underline; }
.brand { font-weight: 700; font-size: 16px; }
.brand span { color: var(--muted); font-weight: 400; }
main { flex: 1; max-width: 60rem; padding: 1rem 2rem 4rem; }
h2 { border-bottom: 1px solid var(--line); padding-bottom: 0.25rem; margin-top: 2.5rem; }
.operation { border: 1px solid var(--line); border-radius: 6px; padding: 0.5rem 1rem; margin: 1rem 0; }
.operation h3 { margin: 0.25rem 0; font-size: 16px; }
.method { display: inline-block; min-width: 4.2rem; text-align: center; border-radius: 4px; padding: 0 0.4rem; color: #fff; font-size: 13px; }
.method.get { background: #2f6f9f; } .method.post { background: #2e7d4f; } .method.patch { background: #9a6a12; }
.summary { margin: 0.25rem 0; }
.access { color: var(--muted); font-size: 13px; margin-left: 0.5rem; }
table { border-collapse: collapse; width: 100%; margin: 0.25rem 0 0.75rem; font-size: 14px; }
td, th { border-top: 1px solid var(--line); padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
code, pre { font-family: ui-monospace, monospace; background: var(--code); border-radius: 3px; }
code { padding: 0 0.2rem; }
pre { padding: 0.5rem; overflow: auto; font-size: 12px; }
h4 { margin: 0.75rem 0 0.25rem; }
@media (max-width: 50rem) { body { display: block; } nav { position: static; height: auto; width: auto; border-right: 0; } }
`;
