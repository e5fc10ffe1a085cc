// @vitest-environment node
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { compile } from "tailwindcss";
import { beforeAll, describe, expect, it } from "vitest";

const srcDir = path.dirname(fileURLToPath(import.meta.url));
const themePath = path.join(srcDir, "theme.css");
const tailwindDir = path.dirname(fileURLToPath(import.meta.resolve("tailwindcss/package.json")));

let themeCss = "";
let tokens = new Map<string, string>();

beforeAll(async () => {
  themeCss = await readFile(themePath, "utf8");
  tokens = new Map([...themeCss.matchAll(/--color-([a-z0-9-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1]!, m[2]!]));
});

// WCAG 2.x relative luminance and contrast ratio.
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(foreground: string, background: string): number {
  const a = luminance(tokens.get(foreground) ?? "");
  const b = luminance(tokens.get(background) ?? "");
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

// Every text colour the components put on every background they put it on.
const textPairs: [string, string][] = [
  ...["background", "surface", "muted"].flatMap((bg): [string, string][] => [
    ["foreground", bg],
    ["muted-foreground", bg],
  ]),
  ["brand-foreground", "brand-600"],
  ["brand-foreground", "brand-700"],
  ["brand-700", "surface"],
  ["brand-700", "background"],
  ["brand-900", "surface"],
  ["danger", "surface"],
  ["danger", "background"],
  ["danger-foreground", "danger"],
  ["danger-foreground", "danger-strong"],
  ...["info", "success", "warning", "danger"].flatMap((tone): [string, string][] => [
    [`${tone}-strong`, `${tone}-subtle`],
    ["foreground", `${tone}-subtle`],
    [`${tone}-foreground`, tone],
    // RequestIdNote (muted text, brand link) also sits inside error and warning banners.
    ["muted-foreground", `${tone}-subtle`],
    ["brand-700", `${tone}-subtle`],
  ]),
];

// Control outlines, focus ring and countdown bar fills need 3:1 against what surrounds them (WCAG 1.4.11).
const nonTextPairs: [string, string][] = [
  ["input", "surface"],
  ["input", "background"],
  ["ring", "surface"],
  ["ring", "background"],
  ["brand-600", "surface"],
  ...["danger", "warning", "success"].map((fill): [string, string] => [fill, "surface"]),
];

describe("theme tokens", () => {
  it("declares every token the contrast checks use", () => {
    const missing = [...textPairs, ...nonTextPairs].flat().filter((name) => !tokens.has(name));
    expect(missing).toEqual([]);
  });

  it.each(textPairs)("%s text on %s meets WCAG AA (4.5:1)", (foreground, background) => {
    expect(contrast(foreground, background)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(nonTextPairs)("%s against %s meets the 3:1 non-text minimum", (foreground, background) => {
    expect(contrast(foreground, background)).toBeGreaterThanOrEqual(3);
  });

  it("leaves Tailwind to the app and fetches nothing from elsewhere", () => {
    const rules = themeCss.replaceAll(/\/\*[\s\S]*?\*\//g, "");
    expect(rules).toContain("@theme");
    expect(rules).not.toMatch(/@import\s+["']tailwindcss/);
    expect(rules).not.toMatch(/url\(|https?:\/\//);
  });
});

describe("theme.css under Tailwind", () => {
  const loadStylesheet = async (id: string, base: string) => {
    const file =
      id === "tailwindcss"
        ? path.join(tailwindDir, "index.css")
        : id.startsWith("tailwindcss/")
          ? path.join(tailwindDir, id.slice("tailwindcss/".length))
          : path.resolve(base, id);
    return { path: file, base: path.dirname(file), content: await readFile(file, "utf8") };
  };

  // The app's stylesheet, as documented at the top of theme.css.
  const compileAppCss = () =>
    compile(`@import "tailwindcss";\n@import "./theme.css";\n`, { base: srcDir, loadStylesheet });

  it("keeps build output and tests out of Tailwind's scan", async () => {
    const { sources } = await compileAppCss();
    const negated = sources.filter((source) => source.negated).map((source) => path.resolve(source.base, source.pattern));
    expect(negated).toContain(path.resolve(srcDir, "../dist"));
    expect(negated).toContain(path.resolve(srcDir, "test"));
  });

  it("generates CSS for every theme utility the components use", async () => {
    const compiler = await compileAppCss();
    // Token families (brand, danger, surface…) plus our radius names: a typo such as
    // `bg-danger-subtl` still starts with a family, so it is checked and caught.
    const families = [...new Set([...tokens.keys()].map((name) => name.split("-")[0]!)), "control", "card"].join("|");
    const ours = new RegExp(String.raw`-(?:${families})(?:-[a-z0-9]+)*(?:\/\d+)?$`);
    const utility = new RegExp(
      String.raw`(?<![\w-])(?:[a-z-]+:)*(?:bg|text|border|ring|outline|divide|fill|stroke|placeholder|rounded)-(?:[a-z0-9-]+)(?:\/\d+)?(?![\w-])`,
      "g",
    );
    const files = (await readdir(path.join(srcDir, "components"))).filter(
      (name) => /\.tsx?$/.test(name) && !name.includes(".test."),
    );
    const unknown: string[] = [];
    let checked = 0;
    for (const name of files) {
      const source = await readFile(path.join(srcDir, "components", name), "utf8");
      for (const [candidate] of source.matchAll(utility)) {
        if (!ours.test(candidate)) continue;
        checked++;
        if (!compiler.build([candidate]).includes(`.${candidate.replaceAll(/[:/[\]]/g, (c) => `\\${c}`)}`)) {
          unknown.push(`${name}: ${candidate}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
    expect(unknown).toEqual([]);
  });
});
