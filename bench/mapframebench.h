// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/geo/mercator.h"

#include <vector>

namespace posko::bench {

struct FramePaint
{
    double zoom = 0;
    double medianMs = 0;
    double maxMs = 0;
    int frames = 0;
    double firstMaxMs = 0; // slowest first frame at a new camera (cold caches), not in the above
};

// Feeds `points` as reports through the report table model into an offscreen MapView (as the
// command centre does) and times full 1920x1080 frames (base map, clusters/markers, overlays)
// painted into a QImage at each zoom, over several camera positions. Needs a QApplication.
std::vector<FramePaint> measureFramePaint(const std::vector<LonLat> &points,
                                          const std::vector<double> &zooms, int reps);

// Runs measureFramePaint and prints one
// {"metric":"frame_paint","value":median,"unit":"ms","n":…,"zoom":…,"max":…,"first_max":…} line
// per zoom.
void printFramePaint(const std::vector<LonLat> &points, int reps, const std::vector<double> &zooms);

} // namespace posko::bench
