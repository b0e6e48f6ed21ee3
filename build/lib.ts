/**
 * The stable analysis module's addresses (docs/lib/[name].js): one that always
 * serves the current code, and one named by the package's version, for
 * citation. Bump `version` in package.json when the public API changes.
 */
import { readFileSync } from "node:fs";

/** The package's version, from package.json. */
export const VERSION: string = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version;

/** The module's name on the site. */
export const LIB_NAME = "beyond-the-capitals";

/** `/lib/beyond-the-capitals.js`, the module that follows the site. */
export const LIB_PATH = `/lib/${LIB_NAME}.js`;

/** `/lib/beyond-the-capitals@<version>.js`, the module of this release. */
export const LIB_VERSION_PATH = `/lib/${LIB_NAME}@${VERSION}.js`;
