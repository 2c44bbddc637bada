#include "caserepository.h"
