package org.asistream.deploy.manifests;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.mirrormaker2.KafkaMirrorMaker2;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;

/**
 * The resource kinds the deployment may use, each with the model class its documents must bind to. A kind that is not
 * listed here is rejected: adding one is a deliberate change to this list.
 */
public final class ResourceKinds {

    private static final Map<String, Class<? extends HasMetadata>> KINDS = new LinkedHashMap<>();

    static {
        for (Class<? extends HasMetadata> type : Set.of(Namespace.class, ConfigMap.class, Secret.class, Service.class,
                ServiceAccount.class, PersistentVolumeClaim.class, Deployment.class, StatefulSet.class,
                HorizontalPodAutoscaler.class, PodDisruptionBudget.class, NetworkPolicy.class, Kafka.class,
                KafkaNodePool.class, KafkaTopic.class, KafkaUser.class, KafkaMirrorMaker2.class)) {
            String apiVersion = HasMetadata.getApiVersion(type);
            // The core group has no name: fabric8 spells its apiVersion "/v1", manifests spell it "v1".
            KINDS.put(key(apiVersion.startsWith("/") ? apiVersion.substring(1) : apiVersion, HasMetadata.getKind(type)),
                    type);
        }
    }

    private ResourceKinds() {
    }

    /** The model class of {@code apiVersion} and {@code kind}, or an error naming what is allowed. */
    public static Class<? extends HasMetadata> modelOf(String source, String apiVersion, String kind) {
        Class<? extends HasMetadata> type = KINDS.get(key(apiVersion, kind));
        if (type == null) {
            throw new ManifestException(source + ": unsupported apiVersion/kind " + apiVersion + " " + kind
                    + " (known: " + KINDS.keySet() + ")");
        }
        return type;
    }

    private static String key(String apiVersion, String kind) {
        return apiVersion + " " + kind;
    }
}
