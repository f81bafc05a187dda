/**
 * Built-ins the MAIN-world helper calls, kept when it starts at document_start, before any page
 * script could replace them (the page may replace the globals later; these stay the browser's).
 */
export const apply = Reflect.apply;
export const parse = JSON.parse;
export const stringify = JSON.stringify;
export const describe = Object.getOwnPropertyDescriptor;
