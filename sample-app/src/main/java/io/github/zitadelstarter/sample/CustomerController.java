package io.github.zitadelstarter.sample;

import java.util.List;

import io.github.zitadelstarter.api.ZitadelApiException;

import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Signs up customers at POST /customers and lists them at GET /customers.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
@RestController
class CustomerController {

	private final CustomerProvisioning provisioning;

	CustomerController(CustomerProvisioning provisioning) {
		this.provisioning = provisioning;
	}

	@PostMapping("/customers")
	Customer signUp(@RequestBody Customer.SignUp signUp) {
		return this.provisioning.signUp(signUp);
	}

	@GetMapping("/customers")
	List<Customer> customers() {
		return this.provisioning.customers();
	}

	// ZITADEL's answer keeps its status: 409 for an email that is taken, 400 for a
	// missing field.
	@ExceptionHandler(ZitadelApiException.class)
	ProblemDetail zitadelRefused(ZitadelApiException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(ex.getStatusCode(), ex.getErrorMessage());
		problem.setProperty("code", ex.getCode().wireName());
		return problem;
	}

}
