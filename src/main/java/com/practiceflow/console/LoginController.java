package com.practiceflow.console;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** PracticeFlow's login page, for the console and the Camunda webapps alike (Spring Security takes the POST). */
@Controller
class LoginController {

  @GetMapping("/login")
  String login() {
    return "login";
  }
}
