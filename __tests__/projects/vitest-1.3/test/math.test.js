import { expect, it } from "vitest";

it("adds", () => {
  expect(1 + 1).toBe(2);
});

it("multiplies", () => {
  expect(2 * 3).toBe(5);
});
