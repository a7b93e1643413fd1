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
    int inPlace = 0;       // frames rendered straight into the backing store (warm-up included)
    int copied = 0;        // heavy frames rendered into the view's image and copied
    // The GUI thread's CPU time (user and system) of the slowest frame and of the slowest first
    // frame: a frame whose wall time is far above it waited, for the painting thread or for a
    // CPU the machine did not give it.
    double cpuMaxMs = 0;
    double firstCpuMaxMs = 0;
};

// Feeds `points` as reports through the report table model into an offscreen MapView (as the
// command centre does) and times full 1920x1080 frames (base map, clusters/markers, overlays)
// painted into a QImage at each zoom, over several camera positions. Needs a QApplication.
// inPlace false: heavy frames go through the view's own image and a copy (MapView::
// setRenderInPlace), the way before rendering in place, for comparison.
std::vector<FramePaint> measureFramePaint(const std::vector<LonLat> &points,
                                          const std::vector<double> &zooms, int reps,
                                          bool inPlace = true);

// The machine's own steadiness: a fixed job of about targetMs on each of two threads (this one
// and one std::async thread, as a frame paints its markers), timed `runs` times with the event
// loop turning in between. A frame's `max` can be no better than this one's.
struct Jitter
{
    double medianMs = 0;
    double maxMs = 0;
    int runs = 0;
};
Jitter measureJitter(double targetMs, int runs);

// Runs measureFramePaint and prints one
// {"metric":"frame_paint","value":median,"unit":"ms","n":…,"zoom":…,"max":…,"first_max":…,
//  "cpu_max":…,"first_cpu_max":…,"in_place":…,"copied":…} line per zoom. compareCopy: then the same
//  frames with heavy frames
// copied, as frame_paint_copied lines, and frame_paint_copy_ratio (copied / in place, median).
// After the frames, a frame_jitter_baseline line (measureJitter of 2 ms, as many runs as frames).
void printFramePaint(const std::vector<LonLat> &points, int reps, const std::vector<double> &zooms,
                     bool compareCopy = false);

} // namespace posko::bench
