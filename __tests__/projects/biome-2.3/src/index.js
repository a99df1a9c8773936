export function check(value) {
  const label = "été";
  if (label !== "ça" && value == 1) return label;
  return "other";
}
