import { expect, it } from "vitest";
import { sum } from "../src/sum.ts";

it("adds", () => {
  expect(sum([1, 2, 3])).toBe(6);
});

it("is zero for nothing", () => {
  expect(sum([])).toBe(0);
});
