package io.gongkai.server.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** 登录 page (the form posts to Spring Security's /login). */
@Controller
class LoginController {

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
