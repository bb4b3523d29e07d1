// The Frictionless reference library for JavaScript ships no types; the test reads it through its own interface.
declare module 'datapackage';
