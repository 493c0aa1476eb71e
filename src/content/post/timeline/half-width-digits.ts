const FULL_WIDTH_DIGIT = /[０-９]/g;

/** Replaces full-width digits (`１２`) by ASCII digits, keeping every other character (and the length) as is. */
export function toHalfWidthDigits(text: string): string {
  return text.replace(FULL_WIDTH_DIGIT, (digit) =>
    String.fromCharCode(digit.charCodeAt(0) - 0xfee0),
  );
}
