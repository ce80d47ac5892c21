// The API reference for people, rendered on the server from the OpenAPI document: plain HTML and one stylesheet
// from this server, no script and nothing from elsewhere, so it works offline and under the strict
// Content-Security-Policy.

type Json = Record<string, unknown>;

const html = (text: unknown): string => String(text).replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** Inline `code` spans in our own descriptions; everything else is escaped. */
const prose = (text: unknown): string => html(text).replace(/`([^`]+)`/g, '<code>$1</code>');

const asObject = (value: unknown): Json => (value && typeof value === 'object' ? (value as Json) : {});

/** One line per field of an object schema: name, type, whether required, and its limits. */
function fieldRows(schema: Json): string {
  const properties = asObject(schema.properties);
  const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
  return Object.entries(properties)
    .map(([name, raw]) => {
      const field = asObject(raw);
      return `<tr><td><code>${html(name)}</code></td><td>${html(typeOf(field))}</td><td>${required.has(name) ? 'required' : 'optional'}</td><td>${html(limits(field))}</td></tr>`;
    })
    .join('');
}

function typeOf(field: Json): string {
  if (field.const !== undefined) return JSON.stringify(field.const);
  if (Array.isArray(field.enum)) return field.enum.map((v) => JSON.stringify(v)).join(' | ');
  const options = (field.anyOf ?? field.oneOf) as Json[] | undefined;
  if (Array.isArray(options)) return options.map((o) => typeOf(asObject(o))).join(' | ');
  const format = typeof field.format === 'string' ? ` (${field.format})` : '';
  return `${String(field.type ?? 'any')}${format}`;
}

function limits(field: Json): string {
  const parts: string[] = [];
  if (field.minLength === 1) parts.push('not empty');
  else if (field.minLength !== undefined) parts.push(`at least ${field.minLength} characters`);
  if (field.maxLength !== undefined) parts.push(`at most ${field.maxLength} characters`);
  if (field.minimum !== undefined) parts.push(`≥ ${field.minimum}`);
  if (field.maximum !== undefined) parts.push(`≤ ${field.maximum}`);
  if (field.type === 'object' && field.properties)
    parts.push(`fields: ${Object.keys(asObject(field.properties)).join(', ')}`);
  return parts.join(', ');
}

function schemaBlock(schema: Json): string {
  const rows = fieldRows(schema);
  const table = rows
    ? `<table><thead><tr><th>Field</th><th>Type</th><th></th><th>Limits</th></tr></thead><tbody>${rows}</tbody></table>`
    : '';
  return `${table}<details><summary>JSON Schema</summary><pre>${html(JSON.stringify(schema, null, 2))}</pre></details>`;
}

function operationSection(path: string, method: string, op: Json): string {
  const id = html(op.operationId);
  const security = Array.isArray(op.security) && op.security.length > 0;
  const roles = Array.isArray(op['x-roles']) ? ` (${(op['x-roles'] as string[]).join(', ')})` : '';
  const access = security ? `Signed in${roles}` : 'Public';
  const body = asObject(asObject(asObject(asObject(op.requestBody).content)['application/json']).schema);
  const bodyHtml = op.requestBody
    ? `<h4>Request body${asObject(op.requestBody).required ? '' : ' (optional)'}</h4>${schemaBlock(body)}`
    : '';
  const query = (Array.isArray(op.parameters) ? op.parameters : [])
    .map(asObject)
    .filter((q) => q.in === 'query');
  const queryHtml =
    query.length > 0
      ? `<h4>Query parameters</h4><table><thead><tr><th>Name</th><th>Type</th><th></th><th>Limits</th></tr></thead><tbody>${fieldRows(
          {
            properties: Object.fromEntries(query.map((q) => [q.name, q.schema])),
            required: query.filter((q) => q.required).map((q) => q.name),
          },
        )}</tbody></table>`
      : '';
  const responses = Object.entries(asObject(op.responses))
    .map(([status, r]) => `<tr><td>${html(status)}</td><td>${prose(asObject(r).description)}</td></tr>`)
    .join('');
  return `<section class="operation" id="${id}">
<h3><span class="method ${html(method)}">${html(method.toUpperCase())}</span> <code>${html(path)}</code></h3>
<p class="summary">${prose(op.summary)} <span class="access">${access}</span></p>
${op.description ? `<p>${prose(op.description)}</p>` : ''}
${queryHtml}
${bodyHtml}
<h4>Responses</h4><table><tbody>${responses}</tbody></table>
</section>`;
}

/** The page: a table of contents by tag, then each operation with its body's fields and its answers. */
export function renderDocsPage(document: Json, stylesheetHref: string, specHref: string): string {
  const info = asObject(document.info);
  const tags = (document.tags as { name: string; description: string }[]) ?? [];
  const byTag = new Map<string, string[]>(tags.map((t) => [t.name, []]));
  const toc = new Map<string, string[]>(tags.map((t) => [t.name, []]));
  for (const [path, methods] of Object.entries(asObject(document.paths))) {
    for (const [method, raw] of Object.entries(asObject(methods))) {
      const op = asObject(raw);
      const tag = String((op.tags as string[])[0]);
      byTag.get(tag)?.push(operationSection(path, method, op));
      toc
        .get(tag)
        ?.push(`<li><a href="#${html(op.operationId)}">${html(method.toUpperCase())} ${html(path)}</a></li>`);
    }
  }
  const nav = tags
    .map(
      (t) =>
        `<li><a href="#tag-${html(t.name)}">${html(t.name)}</a><ul>${(toc.get(t.name) ?? []).join('')}</ul></li>`,
    )
    .join('');
  const sections = tags
    .map(
      (t) =>
        `<section class="tag" id="tag-${html(t.name)}"><h2>${html(t.name)}</h2><p>${prose(t.description)}</p>${(byTag.get(t.name) ?? []).join('\n')}</section>`,
    )
    .join('\n');
  const schemas = Object.entries(asObject(asObject(document.components).schemas))
    .map(
      ([name, schema]) =>
        `<section class="operation" id="schema-${html(name)}"><h3>${html(name)}</h3>${schemaBlock(asObject(schema))}</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${html(info.title)} reference</title>
<link rel="stylesheet" href="${html(stylesheetHref)}">
</head>
<body>
<nav><p class="brand">${html(info.title)} <span>${html(info.version)}</span></p><ul>${nav}<li><a href="#schemas">Schemas</a></li></ul></nav>
<main>
<h1>${html(info.title)}</h1>
<p>${prose(info.description)}</p>
<p>Machine-readable: <a href="${html(specHref)}">${html(specHref)}</a> (OpenAPI ${html(document.openapi)}).</p>
${sections}
<section class="tag" id="schemas"><h2>Schemas</h2>${schemas}</section>
</main>
</body>
</html>
`;
}
