// Colour arithmetic for the playground's contrast check: the WCAG ratio, and the nearest colour
// (same hue and saturation, lighter or darker) that reaches a ratio against every colour it sits with.

/** [r, g, b] (0-255) from `#rgb`, `#rrggbb` or a computed `rgb(...)`/`rgba(...)` string. */
export function parseColour(value) {
  const text = String(value).trim();
  const hex = text.match(/^#([\da-f]{3}|[\da-f]{6})$/i);
  if (hex) {
    const digits = hex[1].length === 3 ? [...hex[1]].map((d) => d + d) : hex[1].match(/../g);
    return digits.map((d) => parseInt(d, 16));
  }
  const numbers = text.match(/[\d.]+/g);
  return numbers ? numbers.slice(0, 3).map((n) => Math.round(Number(n))) : [0, 0, 0];
}

export const toHex = ([r, g, b]) => `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

const luminance = (rgb) => {
  const [r, g, b] = rgb.map((c) => {
    c /= 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

/** The WCAG contrast ratio of two colours (any form parseColour reads). */
export function contrastRatio(a, b) {
  const [high, low] = [luminance(parseColour(a)), luminance(parseColour(b))].sort((x, y) => y - x);
  return (high + 0.05) / (low + 0.05);
}

function toHsl([r, g, b]) {
  [r, g, b] = [r / 255, g / 255, b / 255];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h = max === r ? (g - b) / d + (g < b ? 6 : 0) : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return [h / 6, s, l];
}

function fromHsl([h, s, l]) {
  if (s === 0) return [l * 255, l * 255, l * 255];
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const channel = (t) => {
    t = (t + 1) % 1;
    if (t < 1 / 6) return p + (q - p) * 6 * t;
    if (t < 1 / 2) return q;
    if (t < 2 / 3) return p + (q - p) * (2 / 3 - t) * 6;
    return p;
  };
  return [channel(h + 1 / 3), channel(h), channel(h - 1 / 3)].map((c) => c * 255);
}

/**
 * The colour closest to `colour` in lightness (hue and saturation kept) whose contrast with each of
 * `against` is at least `min`, as `#rrggbb`; null when no lightness reaches it (the partners
 * themselves are too close), or `colour` itself when it already passes.
 */
export function nearestPassing(colour, against, min = 4.5) {
  const passes = (hex) => against.every((other) => contrastRatio(hex, other) >= min);
  const start = toHex(parseColour(colour));
  if (passes(start)) return start;
  const [h, s, l] = toHsl(parseColour(colour));
  for (let step = 1; step <= 200; step++) {
    const delta = step / 200;
    const candidates = [l - delta, l + delta].filter((x) => x >= 0 && x <= 1).map((x) => toHex(fromHsl([h, s, x])));
    const found = candidates.find(passes);
    if (found) return found;
  }
  return null;
}
