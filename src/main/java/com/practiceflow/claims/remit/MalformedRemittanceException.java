package com.practiceflow.claims.remit;

/** The file is not a well-formed 835: names the segment (tag and position) and what is wrong with it. */
public class MalformedRemittanceException extends RuntimeException {

  private final String segment;
  private final int position;

  public MalformedRemittanceException(String segment, int position, String reason) {
    super("Segment " + segment + " (number " + position + "): " + reason);
    this.segment = segment;
    this.position = position;
  }

  public String getSegment() {
    return segment;
  }

  public int getPosition() {
    return position;
  }
}
