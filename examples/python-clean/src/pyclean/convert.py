"""Convert between temperature scales."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Reading:
    """A temperature reading in degrees Celsius."""

    celsius: float

    def fahrenheit(self) -> float:
        """The reading in degrees Fahrenheit."""
        return self.celsius * 9 / 5 + 32


def warmest(readings: list[Reading]) -> Reading:
    """The warmest of several readings."""
    if not readings:
        raise ValueError("no readings")
    return max(readings, key=lambda reading: reading.celsius)
