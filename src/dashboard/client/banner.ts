// The banner for failures: what went wrong, a retry, and a place for the read token when the server asks for one.
import { ApiError, saveToken, savedToken } from "./api.ts";
import { byId, fill, h } from "./dom.ts";

export function showProblem(error: unknown, retry: () => void): void {
  const banner = byId("banner");
  const kind = error instanceof ApiError ? error.kind : "failed";
  const message = error instanceof Error ? error.message : String(error);
  const lead =
    kind === "unreachable"
      ? "The API cannot be reached."
      : kind === "unauthenticated"
        ? "The API needs a read token."
        : kind === "bad-input"
          ? "The request was refused."
          : "Something went wrong.";
  const parts: (Node | string)[] = [h("strong", {}, lead), " ", message, " "];
  if (kind === "unauthenticated") {
    const field = h("input", {
      id: "token",
      type: "password",
      autocomplete: "off",
      value: savedToken() ?? "",
    });
    parts.push(h("label", { for: "token" }, "Token "), field, " ");
    parts.push(
      h(
        "button",
        { type: "button", onclick: () => (saveToken(field.value), hideProblem(), retry()) },
        "Use token",
      ),
    );
  } else {
    parts.push(h("button", { type: "button", onclick: () => (hideProblem(), retry()) }, "Retry"));
  }
  fill(banner, ...parts);
  banner.hidden = false;
}

export function hideProblem(): void {
  const banner = byId("banner");
  banner.hidden = true;
  banner.replaceChildren();
}
