// The search box: one field, any script, driven by the keyboard (the ARIA combobox pattern: arrows, Enter, Escape).
import { gql } from "./api.ts";
import { bidi, fill, h } from "./dom.ts";
import { SEARCH, type SearchHit } from "./queries.ts";

export function mountSearch(
  input: HTMLInputElement,
  list: HTMLUListElement,
  onPick: (hit: SearchHit) => void,
  onError: (error: unknown) => void,
): void {
  let hits: SearchHit[] = [];
  let active = -1;
  let timer: number | undefined;
  let asked = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  };
  const show = (index: number) => {
    active = index;
    for (const [i, li] of [...list.children].entries()) li.setAttribute("aria-selected", String(i === index));
    if (index >= 0) input.setAttribute("aria-activedescendant", `search-hit-${index}`);
    list.children[index]?.scrollIntoView({ block: "nearest" });
  };
  const pick = (index: number) => {
    const hit = hits[index];
    if (hit === undefined) return;
    close();
    input.value = hit.name;
    onPick(hit);
  };
  const render = (text: string) => {
    if (hits.length === 0) {
      fill(
        list,
        h("li", { role: "option", "aria-disabled": "true", class: "empty" }, `Nothing named “${text}”.`),
      );
    } else {
      fill(
        list,
        ...hits.map((hit, i) => {
          const others = hit.names.filter((n) => n !== hit.name).slice(0, 2);
          return h(
            "li",
            { role: "option", id: `search-hit-${i}`, "aria-selected": "false", onmousedown: () => pick(i) },
            bidi(hit.name),
            others.length > 0
              ? h("span", { class: "alias" }, " · ", ...others.flatMap((n) => [bidi(n), " "]))
              : null,
            h("span", { class: "kind" }, ` ${hit.type}`),
          );
        }),
      );
    }
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
    show(hits.length > 0 ? 0 : -1);
  };
  /** Asks the API; with `pickFirst` (Enter pressed before the matches came) takes the first match. */
  const run = async (pickFirst = false) => {
    const text = input.value.trim();
    if (text === "") return close();
    const mine = ++asked;
    try {
      const data = await gql<{ search: SearchHit[] }>(SEARCH, { text });
      if (mine !== asked) return;
      hits = data.search;
      render(text);
      if (pickFirst && hits.length > 0) pick(0);
    } catch (error) {
      onError(error);
    }
  };
  input.addEventListener("input", () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run(), 180);
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" && hits.length > 0) {
      event.preventDefault();
      if (list.hidden) render(input.value);
      show(Math.min(active + 1, hits.length - 1));
    } else if (event.key === "ArrowUp" && hits.length > 0) {
      event.preventDefault();
      show(Math.max(active - 1, 0));
    } else if (event.key === "Enter") {
      event.preventDefault();
      window.clearTimeout(timer);
      if (!list.hidden && active >= 0) pick(active);
      else void run(true);
    } else if (event.key === "Escape") {
      close();
    }
  });
  input.addEventListener("blur", () => window.setTimeout(close, 150));
  // "/" from anywhere but a field jumps to the search box, as on many search-driven sites.
  document.addEventListener("keydown", (event) => {
    const target = event.target;
    const typing = target instanceof HTMLInputElement || target instanceof HTMLSelectElement;
    if (event.key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      input.focus();
      input.select();
    }
  });
}
