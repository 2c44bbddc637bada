#include "transaction.h"
