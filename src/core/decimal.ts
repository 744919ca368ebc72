/**
 * Exact decimal arithmetic on numbers as written. A manifest's 0.8765432109876543 is read as
 * the double nearest to it, whose shortest form (String(x)) gives the digits back exactly;
 * sums and percentages of those digits are then computed without binary rounding, so a
 * limit such as 47.3 - 5 is 42.3, not 42.29999….
 */
export interface Decimal {
  /** The digits, as an integer. */
  units: bigint;
  /** The number of digits after the decimal point. */
  scale: number;
}

/** The decimal a finite number was written as (its shortest round-trip form). */
export function decimalOf(x: number): Decimal {
  if (!Number.isFinite(x)) throw new RangeError(`${x} is not a finite number`);
  const [mantissa, exp = "0"] = String(x).toLowerCase().split("e");
  const negative = mantissa.startsWith("-");
  const [whole, fraction = ""] = (negative ? mantissa.slice(1) : mantissa).split(".");
  let units = BigInt(whole + fraction);
  let scale = fraction.length - Number(exp);
  if (scale < 0) {
    units *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { units: negative ? -units : units, scale };
}

function align(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [a.units * 10n ** BigInt(scale - a.scale), b.units * 10n ** BigInt(scale - b.scale), scale];
}

export function add(a: Decimal, b: Decimal): Decimal {
  const [x, y, scale] = align(a, b);
  return { units: x + y, scale };
}

export function subtract(a: Decimal, b: Decimal): Decimal {
  const [x, y, scale] = align(a, b);
  return { units: x - y, scale };
}

export function multiply(a: Decimal, b: Decimal): Decimal {
  return { units: a.units * b.units, scale: a.scale + b.scale };
}

/** a / 10^n, exactly. */
export function shift(a: Decimal, n: number): Decimal {
  return { units: a.units, scale: a.scale + n };
}

export function negate(a: Decimal): Decimal {
  return { units: -a.units, scale: a.scale };
}

export function abs(a: Decimal): Decimal {
  return a.units < 0n ? negate(a) : a;
}

/** -1, 0 or 1. */
export function compare(a: Decimal, b: Decimal): number {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The decimal as plain digits (never exponent notation), without trailing zeros. */
export function formatDecimal(a: Decimal): string {
  const negative = a.units < 0n;
  let digits = (negative ? -a.units : a.units).toString();
  if (a.scale > 0) {
    digits = digits.padStart(a.scale + 1, "0");
    const point = digits.length - a.scale;
    digits = `${digits.slice(0, point)}.${digits.slice(point)}`.replace(/\.?0+$/, "");
  }
  return `${negative && digits !== "0" ? "-" : ""}${digits}`;
}

/** The nearest double, for reports. */
export function toNumber(a: Decimal): number {
  return Number(formatDecimal(a));
}
