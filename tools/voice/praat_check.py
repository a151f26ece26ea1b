#!/usr/bin/env python3
"""Reference measures of WAV takes from Praat (via praat-parselmouth), to check Defuse's
delivery analysis: median pitch (Hz) over voiced frames, and the energy-average intensity
(dB) over the frames louder than 30 dB below the take's loudest (speech, not silence).

Usage: praat_check.py TAKE.wav [TAKE.wav ...]  -> one JSON object per line.
"""
import json
import math
import sys

import parselmouth


def measure(path):
    sound = parselmouth.Sound(path)
    pitch = sound.to_pitch(time_step=0.01, pitch_floor=60.0, pitch_ceiling=600.0)
    voiced = [f for f in pitch.selected_array["frequency"] if f > 0]
    voiced.sort()
    median = voiced[len(voiced) // 2] if voiced else None
    intensity = sound.to_intensity(minimum_pitch=75.0, time_step=0.01)
    values = [v for v in intensity.values[0] if math.isfinite(v)]
    top = max(values)
    speech = [v for v in values if v > top - 30.0]
    energy = sum(10 ** (v / 10.0) for v in speech) / len(speech)
    return {"path": path, "pitch_median_hz": median, "intensity_db": 10.0 * math.log10(energy)}


for path in sys.argv[1:]:
    print(json.dumps(measure(path)))
