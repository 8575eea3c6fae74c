// ESLint rule: Prisma's `$queryRawUnsafe` / `$executeRawUnsafe` take a plain string, so a value
// interpolated into it is SQL injection waiting to happen; the tagged `$queryRaw` / `$executeRaw`
// bind parameters instead. The unsafe calls are allowed only in the files listed in the rule's
// `allow` option (eslint.config.mjs), and there only with a comment right above (or on the same line)
// that starts `unsafe-raw-ok:` and says why no outside value can reach the string.
import path from "node:path";

const UNSAFE = new Set(["$queryRawUnsafe", "$executeRawUnsafe"]);
const REASON = /unsafe-raw-ok:\s*\S.{9,}/;

function propertyName(node) {
  if (!node) return null;
  if (node.type === "Identifier") return node.name;
  if (node.type === "Literal" && typeof node.value === "string") return node.value;
  if (node.type === "TemplateLiteral" && node.expressions.length === 0) return node.quasis[0].value.cooked;
  return null;
}

/** @type {import("eslint").Rule.RuleModule} */
const rule = {
  meta: {
    type: "problem",
    docs: {
      description: "forbid Prisma's unsafe raw-query calls outside an allow-list, and demand a reason where allowed",
    },
    schema: [
      {
        type: "object",
        properties: { allow: { type: "array", items: { type: "string" } } },
        additionalProperties: false,
      },
    ],
    messages: {
      forbidden:
        "{{name}} is not allowed in {{file}}: use the tagged $queryRaw`…` / $executeRaw`…` (parameters are bound), or add the file to the allow-list in eslint.config.mjs with a reason.",
      reason:
        "{{name}} needs a comment right above it starting `unsafe-raw-ok:` that says why no outside value reaches the SQL string.",
    },
  },
  create(context) {
    const allow = new Set((context.options[0]?.allow ?? []).map((f) => path.normalize(f)));
    const file = path
      .relative(context.cwd ?? process.cwd(), context.filename)
      .split(path.sep)
      .join("/");
    const allowed = allow.has(path.normalize(file));
    const source = context.sourceCode;

    function hasReason(node) {
      const line = node.loc.start.line;
      return source
        .getAllComments()
        .some((c) => c.loc.end.line <= line && c.loc.end.line >= line - 2 && REASON.test(c.value));
    }

    function check(node, name) {
      if (!UNSAFE.has(name)) return;
      if (!allowed) context.report({ node, messageId: "forbidden", data: { name, file } });
      else if (!hasReason(node)) context.report({ node, messageId: "reason", data: { name } });
    }

    return {
      MemberExpression(node) {
        check(
          node,
          node.computed ? propertyName(node.property) : node.property.type === "Identifier" ? node.property.name : null,
        );
      },
      // `const { $queryRawUnsafe } = db` would hide the call from the check above.
      "ObjectPattern > Property"(node) {
        check(node, propertyName(node.key));
      },
    };
  },
};

const plugin = { rules: { "no-unsafe-prisma-raw": rule } };
export default plugin;
