package com.practiceflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** PracticeFlow: the back office of a medical practice as Camunda 7 processes. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PracticeFlowApplication {

  public static void main(String[] args) {
    SpringApplication.run(PracticeFlowApplication.class, args);
  }
}
