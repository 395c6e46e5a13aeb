#include "spec_defaults.hpp"

#include "optimizer_reader.hpp"
#include "spec_writer.hpp"

namespace dp {
namespace {

// A type's fields as JSON, without the type itself.
Json fields_of(Json json) {
  json.erase("type");
  return json;
}

}  // namespace

std::string defaults_json() {
  Json optimizers = Json::object(), schedules = Json::object();
  std::string error;  // stays "": each input below is a bare, valid type
  for (OptimizerType type : kOptimizerTypes) {
    // what {"optimizer": "adam"} becomes
    OptimizerSpec optimizer;
    read_optimizer(Json(name_of(type)), optimizer, error);
    optimizers[name_of(type)] = fields_of(optimizer_to_json(optimizer));
  }
  for (ScheduleType type : kScheduleTypes) {
    // what {"schedule": {"type": "cosine"}} becomes
    ScheduleSpec schedule;
    read_schedule(Json{{"type", name_of(type)}}, "schedule", schedule, error);
    schedules[name_of(type)] = fields_of(schedule_to_json(schedule));
  }
  return Json{{"optimizers", optimizers}, {"schedules", schedules}}.dump();
}

}  // namespace dp
