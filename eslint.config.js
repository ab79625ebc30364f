// Lint rules: typescript-eslint's recommended, type-aware set, plus the project's few house rules.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "data/", ".cache/", "src/api/generated/", "**/target/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/bin.js", "*.js", "*.mjs"],
    languageOptions: { globals: { process: "readonly", console: "readonly" } },
  },
);
