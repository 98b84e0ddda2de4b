// Reads Mermaid text on standard input and prints what Mermaid's own parser makes of it:
// the diagram type, the number of nodes and edges, and any configuration a directive set.
import { JSDOM } from "jsdom";

const dom = new JSDOM("<!doctype html><html><body></body></html>");
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import("mermaid");
mermaid.initialize({ startOnLoad: false });

let text = "";
for await (const chunk of process.stdin) text += chunk;
try {
  const parsed = await mermaid.parse(text);
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
  const vertices = diagram.db.getVertices();
  const count = vertices instanceof Map ? vertices.size : Object.keys(vertices).length;
  console.log(JSON.stringify({
    ok: true,
    type: parsed.diagramType,
    nodes: count,
    edges: diagram.db.getEdges().length,
    config: parsed.config ?? {},
  }));
} catch (error) {
  console.log(JSON.stringify({ ok: false, error: String(error.message ?? error).slice(0, 500) }));
}
