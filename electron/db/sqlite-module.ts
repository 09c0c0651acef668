import sqlite from './sqlite-module.json';

/**
 * The SQLite driver the app is built on, named once: the bundler keeps it external, `npm start`
 * fetches or builds its Electron binary, packaging unpacks it from the asar. The JSON beside this
 * file is what the plain-Node scripts read, so they cannot drift from the app.
 */
export const sqliteModule: string = sqlite.package;

/** The file name of the driver's compiled addon (its binding.gyp target). */
export const sqliteBinaryName: string = sqlite.binary;
