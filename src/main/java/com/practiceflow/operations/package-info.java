/** What an operator watches: health of the job executor and the practice's workload as Micrometer metrics. */
package com.practiceflow.operations;
