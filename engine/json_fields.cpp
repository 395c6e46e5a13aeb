#include "json_fields.hpp"

#include <cmath>
#include <cstdio>

namespace dp {
namespace {

std::string format_number(double v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.9g", v);
  return buffer;
}

// Bounds are float32 constants: 7 digits name them (0.9, not 0.899999976).
std::string bound_text(float v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.7g", double(v));
  return buffer;
}

std::string range_text(float lo, float hi, bool lo_open, bool hi_open) {
  return std::string(lo_open ? "(" : "[") + bound_text(lo) + ", " + bound_text(hi) + (hi_open ? ")" : "]");
}

}  // namespace

std::string quoted(std::string text) {
  if (text.size() > 40) text = text.substr(0, 40) + "...";
  return "'" + text + "'";
}

std::string describe(const Json& value) {
  if (value.is_string()) return quoted(value.get_ref<const std::string&>());
  if (value.is_object()) return "an object";
  if (value.is_array()) return "an array";
  return value.dump();
}

JsonFields::JsonFields(const Json& object, std::string path, std::string& error)
    : object_(object), path_(std::move(path)), error_(error) {
  if (ok() && !object_.is_object()) fail(path_.empty() ? "spec" : path_, describe(object_) + " must be an object");
}

std::string JsonFields::field(const char* key) const { return path_.empty() ? key : path_ + "." + key; }

void JsonFields::fail(const std::string& field, const std::string& message) {
  if (ok()) error_ = field + ": " + message;
}

void JsonFields::only(std::initializer_list<const char*> allowed) {
  if (!ok() || !object_.is_object()) return;
  for (const auto& item : object_.items()) {
    bool known = false;
    for (const char* name : allowed) known = known || item.key() == name;
    if (known) continue;
    std::string names;
    for (const char* name : allowed) names += (names.empty() ? "" : ", ") + std::string(name);
    std::string key = item.key().size() > 40 ? item.key().substr(0, 40) + "..." : item.key();
    fail(field(key.c_str()), "unknown field (allowed: " + names + ")");
    return;
  }
}

void JsonFields::required(const char* key) {
  if (ok() && !has(key)) fail(field(key), "is required");
}

void JsonFields::number(const char* key, float& out, float lo, float hi, bool lo_open, bool hi_open) {
  if (!ok() || !has(key)) return;
  const Json& value = object_.at(key);
  const std::string allowed = "must be a number in " + range_text(lo, hi, lo_open, hi_open);
  if (!value.is_number()) return fail(field(key), describe(value) + " " + allowed);
  const double v = value.get<double>();
  const bool inside = std::isfinite(v) && (lo_open ? v > lo : v >= lo) && (hi_open ? v < hi : v <= hi);
  if (!inside) return fail(field(key), format_number(v) + " " + allowed);
  // The engine holds float32: the rounded value must stay inside an open bound
  // too (0.99999999 rounds to 1, 1e-50 to 0), or a momentum of 1 or a learning
  // rate of 0 would slip through and the spec would not read back.
  const float f = static_cast<float>(v);
  if (!((lo_open ? f > lo : f >= lo) && (hi_open ? f < hi : f <= hi)))
    return fail(field(key), format_number(v) + " rounds to " + format_number(f) + " in float32; " + allowed);
  out = f;
}

void JsonFields::integer(const char* key, long long& out, long long lo, long long hi) {
  if (!ok() || !has(key)) return;
  const Json& value = object_.at(key);
  const std::string allowed = "must be an integer in " + std::to_string(lo) + ".." + std::to_string(hi);
  if (!value.is_number()) return fail(field(key), describe(value) + " " + allowed);
  const double v = value.get<double>();
  if (!std::isfinite(v) || v != std::floor(v) || v < double(lo) || v > double(hi))
    return fail(field(key), format_number(v) + " " + allowed);
  out = static_cast<long long>(v);
}

void JsonFields::boolean(const char* key, bool& out) {
  if (!ok() || !has(key)) return;
  const Json& value = object_.at(key);
  if (!value.is_boolean()) return fail(field(key), describe(value) + " must be true or false");
  out = value.get<bool>();
}

}  // namespace dp
