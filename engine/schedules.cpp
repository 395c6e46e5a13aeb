#include "schedules.hpp"

#include <algorithm>
#include <cmath>

namespace dp {

float learning_rate_at(const OptimizerSpec& spec, long t) {
  const double lr = spec.learning_rate;
  const ScheduleSpec& s = spec.schedule;
  const double step = static_cast<double>(t - 1);  // Keras counts iterations from 0
  switch (s.type) {
    case ScheduleType::constant:
      return spec.learning_rate;
    case ScheduleType::step:
      // lr * rate^floor(step / decay_steps)
      return static_cast<float>(lr * std::pow(double(s.decay_rate), std::floor(step / s.decay_steps)));
    case ScheduleType::exponential:
      // lr * rate^(step / decay_steps)
      return static_cast<float>(lr * std::pow(double(s.decay_rate), step / s.decay_steps));
    case ScheduleType::cosine: {
      // warm-up: lr * step / warmup_steps
      if (step < s.warmup_steps) return static_cast<float>(lr * step / s.warmup_steps);
      // lr * ((1 - alpha) * 0.5 * (1 + cos(pi * min(step', d) / d)) + alpha)
      const double progress = std::min(step - s.warmup_steps, double(s.decay_steps)) / s.decay_steps;
      const double cosine = 0.5 * (1.0 + std::cos(3.14159265358979323846 * progress));
      return static_cast<float>(lr * ((1.0 - s.alpha) * cosine + s.alpha));
    }
  }
  return spec.learning_rate;
}

}  // namespace dp
