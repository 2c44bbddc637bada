#include "workflow.h"
