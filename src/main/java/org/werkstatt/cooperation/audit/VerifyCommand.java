package org.werkstatt.cooperation.audit;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code --werkstatt.access-log.verify=true} (scripts/verify-access-log.sh): verifies the access log's chain once
 * the application has started, prints the verdict (entry ids only) and stops with exit code 0 when the chain is
 * whole, 3 when it is broken.
 */
@Component
@ConditionalOnProperty("werkstatt.access-log.verify")
class VerifyCommand implements ApplicationRunner {

	private final AccessLogChain chain;
	private final ConfigurableApplicationContext context;

	VerifyCommand(AccessLogChain chain, ConfigurableApplicationContext context) {
		this.chain = chain;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		AccessLogChain.Verification verdict = chain.verify();
		if (verdict.whole()) {
			System.out.printf("ACCESS LOG CHAIN WHOLE: %d entries verified%n", verdict.entries());
		}
		else {
			System.out.printf("ACCESS LOG CHAIN BROKEN at entry %d (%s); %d entries before it are whole%n",
					verdict.firstBrokenId(), verdict.problem(), verdict.entries());
		}
		int code = verdict.whole() ? 0 : 3;
		System.exit(SpringApplication.exit(context, () -> code));
	}
}
