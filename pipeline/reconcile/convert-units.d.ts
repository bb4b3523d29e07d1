// The part of convert-units' API that brief uses (convert-units ships no types).
declare module 'convert-units' {
  interface Unit {
    abbr: string;
    measure: string;
    system: string;
    singular: string;
    plural: string;
  }
  interface Converter {
    from(unit: string): { to(unit: string): number };
    list(measure?: string): Unit[];
    possibilities(measure?: string): string[];
  }
  export default function convert(value?: number): Converter;
}
