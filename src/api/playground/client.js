// The playground page's script: GraphiQL from the project's own bundle, talking only to this server.
/* global document, fetch, localStorage */
import { createElement } from "react";
import { createRoot } from "react-dom/client";
import { GraphiQL } from "graphiql";
import "graphiql/style.css";

const configNode = document.getElementById("playground-config");
const config = JSON.parse(configNode ? configNode.textContent || "{}" : "{}");
const endpoint = typeof config.endpoint === "string" ? config.endpoint : "/graphql";

async function fetcher(params, options) {
  const headers = { "content-type": "application/json", accept: "application/json" };
  Object.assign(headers, (options && options.headers) || {});
  const response = await fetch(endpoint, { method: "POST", headers, body: JSON.stringify(params) });
  return response.json();
}

const tabs = Array.isArray(config.tabs) ? config.tabs : undefined;
// GraphiQL 4 fills the first tab's query from defaultTabs but not its variables: hand them over on a first visit
// (later visits restore the tabs GraphiQL stored).
const firstVisit = localStorage.getItem("graphiql:tabState") === null;
const firstVariables = firstVisit && tabs && tabs[0] ? tabs[0].variables : undefined;

const root = createRoot(document.getElementById("graphiql"));
root.render(
  createElement(GraphiQL, {
    fetcher,
    defaultTabs: tabs,
    variables: firstVariables,
    defaultEditorToolsVisibility: "variables",
    shouldPersistHeaders: false,
  }),
);
