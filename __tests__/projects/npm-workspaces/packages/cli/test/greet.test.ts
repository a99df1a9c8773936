import { expect, it } from "vitest";
import { greet } from "../src/greet.ts";

it("greets", () => {
  expect(greet("Ada")).toBe("Hello, Ada");
});

it("greets loudly", () => {
  expect(greet("Ada")).toBe("HELLO, ADA!");
});
