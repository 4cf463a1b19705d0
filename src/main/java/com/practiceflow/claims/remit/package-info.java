/** Reading X12 835 (5010) remittance advice into plain values, with StAEDI; nothing here touches the database. */
package com.practiceflow.claims.remit;
